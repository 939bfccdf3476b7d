// The one module that owns the Neo4j driver, sessions and transactions. Everything else hands it
// Cypher text and parameters; it picks read or write access, always names the database, closes
// sessions in `finally`, counts round trips (for x-debug-cypher) and maps driver failures to
// domain errors so no Neo4j message or Cypher text ever reaches a client.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";
import type { Logger } from "../config/logger.js";
import { mapNeo4jError } from "./errors.js";

export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Bounds connection set-up and the driver's transient-failure retries. */
  timeoutMs: number;
  logger: Logger;
}

/** Counts the Cypher statements one GraphQL operation sends. */
export class QueryCounter {
  count = 0;
}

/** A transaction handle that runs statements and counts them. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<R[]>;
}

export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly uri: string;
  private readonly log: Logger;

  constructor(opts: DatabaseOptions) {
    this.uri = opts.uri;
    this.name = opts.database;
    this.log = opts.logger.child({ component: "db" });
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      // Counts, ages and offsets are far below 2^53; plain numbers keep resolvers free of Integer objects.
      disableLosslessIntegers: true,
      maxTransactionRetryTime: opts.timeoutMs,
      connectionAcquisitionTimeout: opts.timeoutMs,
      connectionTimeout: Math.min(opts.timeoutMs, 5000),
      userAgent: "claimgraph",
    });
  }

  /** Fails fast when the server cannot be reached or refuses us. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw mapNeo4jError(error, this.log);
    }
  }

  read<T>(work: (tx: Tx) => Promise<T>, counter?: QueryCounter): Promise<T> {
    return this.transact("READ", work, counter);
  }

  write<T>(work: (tx: Tx) => Promise<T>, counter?: QueryCounter): Promise<T> {
    return this.transact("WRITE", work, counter);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transact<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>, counter?: QueryCounter): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const run = (tx: ManagedTransaction) => work(this.countingTx(tx, counter));
      return mode === "READ" ? await session.executeRead(run) : await session.executeWrite(run);
    } catch (error) {
      throw mapNeo4jError(error, this.log);
    } finally {
      await session.close();
    }
  }

  private countingTx(tx: ManagedTransaction, counter?: QueryCounter): Tx {
    return {
      run: async <R extends RecordShape>(cypher: string, params: Params = {}) => {
        if (counter) counter.count += 1;
        this.log.debug({ cypher, params: Object.keys(params) }, "cypher");
        const result: QueryResult<R> = await tx.run<R>(cypher, params);
        return result.records.map((r) => r.toObject());
      },
    };
  }
}
