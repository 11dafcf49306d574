package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.internal.PersonalDataScan;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The guarded entity manager factory, entity managers and queries of {@link PersonalDataGuard#guard}: plain
 * {@link Proxy} objects over the Jakarta Persistence interfaces, so they work with any provider.
 */
final class GuardedPersistence {

    /** Methods that neither read nor write entities: they run under any scope. */
    private static final Set<String> NEUTRAL = Set.of("close", "isOpen", "getTransaction", "joinTransaction",
            "isJoinedToTransaction", "getEntityManagerFactory", "getMetamodel", "getCriteriaBuilder", "getProperties",
            "setProperty", "getFlushMode", "setFlushMode", "getCacheRetrieveMode", "setCacheRetrieveMode",
            "getCacheStoreMode", "setCacheStoreMode", "createEntityGraph", "getEntityGraph", "getEntityGraphs",
            "createQuery", "createNamedQuery", "createNativeQuery", "createStoredProcedureQuery",
            "createNamedStoredProcedureQuery", "getLockMode", "contains");

    private static final Set<String> QUERY_RESULTS = Set.of("getResultList", "getSingleResult",
            "getSingleResultOrNull");

    private GuardedPersistence() {}

    static EntityManagerFactory factory(EntityManagerFactory factory) {
        if (Proxy.isProxyClass(factory.getClass()) && Proxy.getInvocationHandler(factory) instanceof Factory) {
            return factory;
        }
        return proxy(EntityManagerFactory.class, new Factory(factory));
    }

    static EntityManager entityManager(EntityManager em) {
        if (Proxy.isProxyClass(em.getClass()) && Proxy.getInvocationHandler(em) instanceof Manager) {
            return em;
        }
        Manager manager = new Manager(em);
        return manager.proxy;
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** The call's first argument; only asked of methods that take one. */
    private static Object first(@Nullable Object @Nullable [] args) {
        if (args == null || args[0] == null) {
            throw new IllegalArgumentException("argument is null");
        }
        return args[0];
    }

    private static @Nullable Object call(Object target, Method method, @Nullable Object @Nullable [] args)
            throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What identifies a scope for binding: the same processing, whatever the scope object. */
    private record Binding(PurposePolicy policy, SubjectId subject, String purpose, String actor) {
        static Binding of(ProcessingScope scope) {
            return new Binding(scope.policy(), scope.subject(), scope.purpose().key(), scope.actor());
        }

        // The record's own toString would name the subject and the actor.
        @Override
        public String toString() {
            return "Binding[" + purpose + "]";
        }
    }

    /**
     * The handler of one guarding proxy: the proxy is equal only to itself and is named after what it guards; every
     * other call is the subclass's.
     */
    private abstract static class Handler implements InvocationHandler {
        private final Object guarded;

        Handler(Object guarded) {
            this.guarded = guarded;
        }

        @Override
        public final @Nullable Object invoke(Object self, Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            return switch (method.getName()) {
                case "equals" -> args != null && self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                case "toString" -> "PersonalDataGuard.guard(" + guarded + ")";
                default -> handle(self, method.getName(), method, args);
            };
        }

        /** Every call but equals, hashCode and toString; {@code name} is the method's. */
        abstract @Nullable Object handle(Object self, String name, Method method, @Nullable Object @Nullable [] args)
                throws Throwable;
    }

    /** The factory: every entity manager it makes, or hands to a transaction, is guarded. */
    private static final class Factory extends Handler {
        private final EntityManagerFactory delegate;

        Factory(EntityManagerFactory delegate) {
            super(delegate);
            this.delegate = delegate;
        }

        @Override
        @SuppressWarnings("unchecked")
        @Nullable Object handle(Object proxy, String name, Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            return switch (name) {
                case "createEntityManager" -> {
                    Object em = call(delegate, method, args);
                    yield em instanceof EntityManager manager ? entityManager(manager) : em;
                }
                case "runInTransaction" -> {
                    Consumer<EntityManager> work = (Consumer<EntityManager>) first(args);
                    delegate.runInTransaction(em -> work.accept(entityManager(em)));
                    yield null;
                }
                case "callInTransaction" -> {
                    Function<EntityManager, ?> work = (Function<EntityManager, ?>) first(args);
                    yield delegate.callInTransaction(em -> work.apply(entityManager(em)));
                }
                default -> call(delegate, method, args);
            };
        }
    }

    /**
     * One guarded entity manager: bound to the first scope it serves, checking every entity it returns that the
     * listener has not checked for that scope.
     */
    private static final class Manager extends Handler {
        private final EntityManager delegate;
        private final EntityManager proxy;
        private @Nullable Binding bound;
        /** The entities checked so far, with the scope each was last checked for. */
        private final IdentityHashMap<Object, ProcessingScope> checked = new IdentityHashMap<>();

        Manager(EntityManager delegate) {
            super(delegate);
            this.delegate = delegate;
            this.proxy = proxy(EntityManager.class, this);
        }

        @Override
        @Nullable Object handle(Object self, String name, Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            switch (name) {
                case "clear" -> {
                    delegate.clear();
                    checked.clear();
                    bound = null;
                    return null;
                }
                case "detach" -> {
                    Object entity = first(args);
                    delegate.detach(entity);
                    checked.remove(entity);
                    return null;
                }
                default -> { }
            }
            if (!NEUTRAL.contains(name)) {
                bindOrRefuse();
            }
            Object result;
            try (GuardCall call = GuardCall.open()) {
                result = call(delegate, method, args);
                remember(call);
                if (name.equals("find") || name.equals("merge")) {
                    // merge returns the managed copy, which may be one the context already held, unchecked.
                    checkResult(result, call);
                } else if (name.equals("getReference") && result != null
                        && delegate.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(result)) {
                    // Not loaded: the first use loads it, and the listener checks that load.
                    checkResult(result, call);
                }
            }
            if (result instanceof Query query && method.getReturnType().isInterface()
                    && Query.class.isAssignableFrom(method.getReturnType())) {
                return proxy(method.getReturnType(), new Guarded(this, query));
            }
            return result == delegate ? proxy : result;
        }

        /** A call under another scope than the one the persistence context holds data for is refused. */
        void bindOrRefuse() {
            Optional<ProcessingScope> scope = ProcessingScope.current();
            if (scope.isEmpty()) {
                return;
            }
            Binding binding = Binding.of(scope.get());
            if (bound == null) {
                bound = binding;
            } else if (!bound.equals(binding)) {
                throw new IllegalStateException("this entity manager serves the processing scope it was first used in"
                        + " (purpose '" + bound.purpose() + "'), and is now used in another (purpose '"
                        + binding.purpose() + "'" + (bound.purpose().equals(binding.purpose())
                                ? ", another subject or actor" : "") + "): entities already in its persistence"
                        + " context would reach the new scope unchecked; clear() it first or use a new entity"
                        + " manager for each processing scope");
            }
        }

        /** Marks what the listener checked during the call as checked for the thread's scope. */
        void remember(GuardCall call) {
            Optional<ProcessingScope> scope = ProcessingScope.current();
            if (scope.isPresent()) {
                call.checkedByListener().forEach(entity -> checked.put(entity, scope.get()));
            }
        }

        /**
         * Checks every entity in a result that was not checked for the thread's scope yet, and every entity reachable
         * from them through associations already loaded: the application gets those too, with no callback.
         */
        void checkResult(@Nullable Object result, GuardCall call) {
            Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
            ArrayDeque<Object> pending = new ArrayDeque<>();
            addElements(result, pending);
            while (!pending.isEmpty()) {
                Object entity = pending.pop();
                if (visited.add(entity)) {
                    checkEntity(entity, call);
                    loadedAssociations(entity, pending);
                }
            }
        }

        /** Adds the entities of a result, a collection, a row, a tuple or a map's values to the pending ones. */
        private static void addElements(@Nullable Object result, ArrayDeque<Object> pending) {
            if (result == null) {
                return;
            }
            if (result instanceof Collection<?> collection) {
                collection.forEach(element -> addElements(element, pending));
            } else if (result instanceof Map<?, ?> map) {
                map.values().forEach(element -> addElements(element, pending));
            } else if (result instanceof Object[] row) {
                for (Object element : row) {
                    addElements(element, pending);
                }
            } else if (result instanceof Tuple tuple) {
                addElements(tuple.toArray(), pending);
            } else if (PersonalDataScan.entityClass(result.getClass()).isAnnotationPresent(Entity.class)) {
                pending.push(result);
            }
        }

        /**
         * Adds what the entity's loaded associations hold. A provider's proxy, or an association not loaded yet, is
         * not followed: its first use loads it, and {@code @PostLoad} checks that under the scope of the moment.
         */
        private void loadedAssociations(Object entity, ArrayDeque<Object> pending) {
            Class<?> type = entity.getClass();
            if (PersonalDataScan.entityClass(type) != type) {
                return;
            }
            PersistenceUnitUtil util = delegate.getEntityManagerFactory().getPersistenceUnitUtil();
            ManagedType<?> managed;
            try {
                managed = delegate.getMetamodel().managedType(type);
            } catch (IllegalArgumentException notManaged) {
                return;
            }
            for (Attribute<?, ?> attribute : managed.getAttributes()) {
                if (attribute.isAssociation() && util.isLoaded(entity, attribute.getName())) {
                    Object value = read(entity, attribute);
                    if (value != null && util.isLoaded(value)) {
                        addElements(value, pending);
                    }
                }
            }
        }

        /** The association's value; refuses rather than leaving it unchecked when it cannot be read. */
        private static @Nullable Object read(Object entity, Attribute<?, ?> attribute) {
            Member member = attribute.getJavaMember();
            try {
                if (member instanceof Field field && field.trySetAccessible()) {
                    return field.get(entity);
                }
                if (member instanceof Method getter && getter.trySetAccessible()) {
                    return getter.invoke(entity);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw unreadable(entity, attribute, e);
            }
            throw unreadable(entity, attribute, null);
        }

        private static IllegalStateException unreadable(Object entity, Attribute<?, ?> attribute,
                @Nullable Exception cause) {
            return new IllegalStateException("the guard cannot read the loaded association "
                    + PersonalDataScan.entityClass(entity.getClass()).getName() + "." + attribute.getName()
                    + " to check the entities it reaches; open the entity's package to module fi.rekisteri.jpa",
                    cause);
        }

        private void checkEntity(Object candidate, GuardCall call) {
            Class<?> type = candidate.getClass();
            if (PersonalDataScan.categories(type).isEmpty() || call.checkedByListener().contains(candidate)) {
                return;
            }
            Optional<ProcessingScope> scope = ProcessingScope.current();
            if (scope.isPresent() && checked.get(candidate) == scope.get()) {
                return;
            }
            // Served from the persistence context: no @PostLoad ran, so the guard checks and records it here.
            PersonalDataListener.enforce(candidate, "load");
            scope.ifPresent(s -> checked.put(candidate, s));
        }
    }

    /** A query of a guarded entity manager: its results are checked as the manager's are. */
    private static final class Guarded extends Handler {
        private final Manager manager;
        private final Query delegate;

        Guarded(Manager manager, Query delegate) {
            super(delegate);
            this.manager = manager;
            this.delegate = delegate;
        }

        @Override
        @Nullable Object handle(Object self, String name, Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            switch (name) {
                case "getResultStream" -> {
                    manager.bindOrRefuse();
                    Object stream = call(delegate, method, args);
                    return stream instanceof Stream<?> rows ? checkedStream(rows) : stream;
                }
                default -> { }
            }
            if (QUERY_RESULTS.contains(name) || name.equals("executeUpdate") || name.equals("execute")) {
                manager.bindOrRefuse();
                try (GuardCall call = GuardCall.open()) {
                    Object result = call(delegate, method, args);
                    manager.remember(call);
                    if (QUERY_RESULTS.contains(name)) {
                        manager.checkResult(result, call);
                    }
                    return result;
                }
            }
            Object result = call(delegate, method, args);
            return result == delegate ? self : result;
        }

        /** Each element is checked as it is read: a stream loads its rows, and fires @PostLoad, one at a time. */
        private Stream<?> checkedStream(Stream<?> stream) {
            Spliterator<?> source = stream.spliterator();
            Spliterator<Object> checking = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super Object> action) {
                    Object[] next = new Object[1];
                    boolean advanced;
                    try (GuardCall call = GuardCall.open()) {
                        advanced = source.tryAdvance(element -> next[0] = element);
                        if (advanced) {
                            manager.remember(call);
                            manager.checkResult(next[0], call);
                        }
                    }
                    if (advanced) {
                        action.accept(next[0]);
                    }
                    return advanced;
                }
            };
            return StreamSupport.stream(checking, false).onClose(stream::close);
        }
    }
}
