package fi.rekisteri.jpa;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Connections to a test database that count, per SQL text, the JDBC batches executed and their sizes, and the
 * statements executed one by one: what the driver was really sent, whatever the persistence provider reports.
 */
final class CountingDataSource implements DataSource {

    /** One call that executed a prepared statement: its SQL and how many rows of parameters it carried. */
    record Execution(String sql, boolean batch, int rows) {}

    private final TestDatabase database;
    private final String url;
    private final List<Execution> executions = new ArrayList<>();

    private final @Nullable String product;
    private @Nullable String interceptedWord;
    private @Nullable Interception interception;

    /** What runs, on connections of its own, before a statement is executed. */
    @FunctionalInterface
    interface Interception {
        void run() throws SQLException;
    }

    CountingDataSource(TestDatabase database, String url) {
        this(database, url, null);
    }

    private CountingDataSource(TestDatabase database, String url, @Nullable String product) {
        this.database = database;
        this.url = url;
        this.product = product;
    }

    /** The same connections, whose metadata names the database product as given. */
    CountingDataSource reportingProduct(String name) {
        return new CountingDataSource(database, url, name);
    }

    /**
     * Runs the action once, just before the first statement whose SQL starts with the word is executed: another
     * transaction's work between two of the provider's statements.
     */
    synchronized CountingDataSource beforeFirst(String firstWord, Interception action) {
        this.interceptedWord = firstWord;
        this.interception = action;
        return this;
    }

    private void intercept(String sql) throws SQLException {
        Interception action;
        synchronized (this) {
            action = interception;
            if (action == null || interceptedWord == null
                    || !sql.stripLeading().toLowerCase().startsWith(interceptedWord)) {
                return;
            }
            interception = null;
        }
        action.run();
    }

    /** Forgets what was counted. */
    synchronized void clear() {
        executions.clear();
    }

    /** The executions since the last {@link #clear()} of statements whose SQL starts with the word. */
    synchronized List<Execution> executions(String firstWord) {
        return executions.stream()
                .filter(e -> e.sql().stripLeading().toLowerCase().startsWith(firstWord))
                .toList();
    }

    private synchronized void count(Execution e) {
        executions.add(e);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection target = database.connect(url);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                        return counting(ps, (String) args[0]);
                    }
                    if (product != null && result instanceof DatabaseMetaData metaData) {
                        return renamed(metaData, product);
                    }
                    return result;
                });
    }

    private DatabaseMetaData renamed(DatabaseMetaData target, String name) {
        return (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) ->
                        method.getName().equals("getDatabaseProductName") ? name : invoke(target, method, args));
    }

    private PreparedStatement counting(PreparedStatement target, String sql) {
        int[] pending = {0};
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "addBatch" -> pending[0]++;
                case "executeBatch" -> {
                    count(new Execution(sql, true, pending[0]));
                    pending[0] = 0;
                }
                case "executeUpdate", "execute", "executeQuery", "executeLargeUpdate" -> {
                    if (args == null || args.length == 0) {
                        intercept(sql);
                        count(new Execution(sql, false, 1));
                    }
                }
                default -> { }
            }
            return invoke(target, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return new PrintWriter(PrintWriter.nullWriter());
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
