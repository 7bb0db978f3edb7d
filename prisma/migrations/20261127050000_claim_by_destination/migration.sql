-- Claims now find due deliveries destination by destination, through the
-- index of each destination's due deliveries, see server/delivery/claim.ts.
-- Walking every due delivery oldest first read the whole backlog of a
-- destination that was paused, cooling down or at its limit at each claim.
-- Nothing else needs the index of all due deliveries by time, and while it
-- exists the planner may walk it for the deliveries of one destination, as
-- its statistics cannot tell that they come last, so it goes. Every delivery
-- is also entered in one index fewer when published.
DROP INDEX "Delivery_due_idx";
