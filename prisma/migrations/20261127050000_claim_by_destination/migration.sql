-- The claim now finds due deliveries destination by destination, through
-- "Delivery_destinationId_due_idx" (server/delivery/claim.ts): walking every
-- due delivery oldest first read the whole backlog of a destination that was
-- paused, cooling down or at its limit, at every claim. Nothing else needs
-- the index of all due deliveries by time, and while it exists the planner
-- may walk it for one destination's deliveries (its statistics cannot tell
-- that destination's are at the end), so it goes; every delivery is also
-- entered in one index fewer when published.
DROP INDEX "Delivery_due_idx";
