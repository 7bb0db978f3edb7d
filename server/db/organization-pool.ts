// The PostgreSQL pool Prisma and the engine's raw statements go through. A
// statement run for an organization's API request (organization-share.ts)
// takes a connection of the API's own pool, within that organization's
// share, and is cancelled by PostgreSQL past the API's statement timeout;
// everything else (the delivery engine, jobs, authentication, machinery
// shared by all organizations) takes one of the engine's connections, which
// API requests therefore cannot exhaust.
import pg from "pg";
import { actingOrganization, type OrganizationShares } from "./organization-share.ts";

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

export class OrganizationPool extends pg.Pool {
  constructor(
    engine: pg.PoolConfig,
    /** The API's connections. */
    private readonly api: pg.Pool,
    private readonly shares: OrganizationShares,
  ) {
    super(engine);
  }

  // pg-pool's own query() checks a client out through connect(callback), so both forms are covered here.
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const organizationId = actingOrganization();
    if (organizationId === undefined) return callback ? super.connect(callback) : super.connect();
    const checkout = this.checkoutFor(organizationId);
    if (!callback) return checkout;
    checkout.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | undefined)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  }

  private async checkoutFor(organizationId: string): Promise<pg.PoolClient> {
    const giveBack = await this.shares.acquire(organizationId);
    let client: pg.PoolClient;
    try {
      client = await this.api.connect();
    } catch (error) {
      giveBack();
      throw error;
    }
    // pg-pool gives every checkout a release function of its own: the share is given back with it.
    const release = client.release;
    client.release = (error) => {
      giveBack();
      release(error);
    };
    return client;
  }
}
