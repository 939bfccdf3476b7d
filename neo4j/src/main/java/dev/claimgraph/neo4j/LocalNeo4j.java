package dev.claimgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1, for development and tests.
 *
 * <p>Usage: {@code LocalNeo4j --store <dir> [--port <n>] [--page-cache <size>] [--exit-on-stdin-eof]}.
 * Prints exactly one line {@code READY bolt://127.0.0.1:<port>} on stdout once Bolt accepts connections;
 * expected failures print one {@code ERROR: ...} line on stderr and exit 1, so callers can show it as is.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Options opts = Options.parse(args);
        if (opts.port != 0 && !portIsFree(opts.port)) {
            fail("port " + opts.port + " is busy (something already listens on " + HOST + ":" + opts.port + ")");
        }
        if (StoreLock.heldByAnotherProcess(opts.store)) {
            // Checked up front: Neo4j notices this only after binding Bolt and writing to the other process's
            // debug.log, then spends ~10 s shutting its network stack down again.
            fail("store " + opts.store + " is locked by another Neo4j process");
        }
        DatabaseManagementService dbms = null;
        try {
            dbms = new DatabaseManagementServiceBuilder(opts.store)
                    // Auth is off because Bolt only listens on loopback: this server is for one developer's
                    // machine or a test run, never reachable from the network.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, opts.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, opts.port))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes)
                    // dbms.usage_report.enabled: no phoning home from dev machines or CI.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Full-size (256 MB) preallocated transaction logs waste disk and time on dev and test stores.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Netty waits 5 s of quiet per event-loop group before closing, which made every stop take
                    // 10 s; the databases are already checkpointed by then, so there is nothing to wait for.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable t) {
            fail(describe(t, opts));
        }
        final DatabaseManagementService started = dbms;
        // SIGTERM/SIGINT run shutdown hooks: shut the store down clean so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "neo4j-shutdown"));

        GraphDatabaseAPI db = (GraphDatabaseAPI) started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            System.err.println("ERROR: the default database did not become available; see "
                    + opts.store.resolve("logs/debug.log"));
            System.exit(1); // runs the shutdown hook, unlike fail()
        }
        HostnamePort bolt = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println("READY bolt://" + HOST + ":" + bolt.getPort());
        System.out.flush();
        // The parent may stop reading stdout after READY; anything later belongs with the other diagnostics.
        System.setOut(System.err);

        if (opts.exitOnStdinEof) {
            watchParent();
        }
        awaitForever();
    }

    /** The parent holds our stdin open; EOF means it went away, so stop instead of outliving it. */
    private static void watchParent() {
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // Input is ignored; only the end of the stream matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0);
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Maps the failures people hit in practice to one line; anything else keeps its innermost message. */
    static String describe(Throwable t, Options opts) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (name.equals("FileLockException")) {
                return "store " + opts.store + " is locked by another Neo4j process";
            }
            if (name.equals("PortBindException") || c instanceof BindException) {
                return "port " + opts.port + " is busy (something already listens on " + HOST + ":" + opts.port + ")";
            }
            root = c;
        }
        String msg = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return "Neo4j failed to start: " + msg.lines().findFirst().orElse("") + " (see " + opts.store.resolve("logs/debug.log") + ")";
    }

    static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.err.flush();
        // halt, not exit: a half-started DBMS may hold non-daemon threads or hooks that would hang or print.
        Runtime.getRuntime().halt(1);
    }
}
