package dev.claimgraph.neo4j;

import java.nio.file.Path;
import org.neo4j.io.ByteUnit;

/** Command-line options of {@link LocalNeo4j}; bad input ends the process with one ERROR line. */
final class Options {
    Path store;
    int port = 7687;
    long pageCacheBytes = ByteUnit.mebiBytes(256);
    boolean exitOnStdinEof;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                case "--store" -> o.store = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                case "--port" -> o.port = port(value(args, ++i, a));
                case "--page-cache" -> o.pageCacheBytes = bytes(value(args, ++i, a));
                default -> LocalNeo4j.fail("unknown argument " + a + "; " + usage());
            }
        }
        if (o.store == null) {
            LocalNeo4j.fail("--store is required; " + usage());
        }
        return o;
    }

    private static String usage() {
        return "usage: LocalNeo4j --store <dir> [--port <0-65535, 0 = any free>] [--page-cache <size, e.g. 256m>]"
                + " [--exit-on-stdin-eof]";
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            LocalNeo4j.fail(flag + " needs a value; " + usage());
        }
        return args[i];
    }

    private static int port(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        LocalNeo4j.fail("bad port " + s + "; " + usage());
        return -1;
    }

    private static long bytes(String s) {
        try {
            return ByteUnit.parse(s);
        } catch (RuntimeException e) {
            LocalNeo4j.fail("bad size " + s + "; " + usage());
            return -1;
        }
    }
}
