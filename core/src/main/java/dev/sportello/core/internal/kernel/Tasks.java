package dev.sportello.core.internal.kernel;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tasks the areas register: by type, local ({@link TaskHandler}) or remote ({@link RemoteTask}).
 * Areas register theirs while the SDK is built.
 *
 * <p>Thread-safe.
 */
public final class Tasks {
    /** A registered task. */
    public sealed interface Registered permits Local, Remote {
        /** The task's type. */
        TaskType<?> type();
    }

    /**
     * A task that only touches the stores.
     *
     * @param type    the type
     * @param handler the handler
     * @param <P>     the payload type
     */
    public record Local<P>(TaskType<P> type, TaskHandler<P> handler) implements Registered {
    }

    /**
     * A task with a remote call.
     *
     * @param type the type
     * @param task the call and its recording
     * @param <P>  the payload type
     * @param <R>  the result type
     */
    public record Remote<P, R>(TaskType<P> type, RemoteTask<P, R> task) implements Registered {
    }

    private final Map<String, Registered> byName = new ConcurrentHashMap<>();

    /**
     * Registers a local task.
     *
     * @param type    the type
     * @param handler the handler
     * @param <P>     the payload type
     */
    public <P> void register(TaskType<P> type, TaskHandler<P> handler) {
        add(new Local<>(type, handler));
    }

    /**
     * Registers a task with a remote call.
     *
     * @param type the type
     * @param task the task
     * @param <P>  the payload type
     * @param <R>  the result type
     */
    public <P, R> void registerRemote(TaskType<P> type, RemoteTask<P, R> task) {
        add(new Remote<>(type, task));
    }

    private void add(Registered registered) {
        if (byName.putIfAbsent(registered.type().name(), registered) != null) {
            throw new IllegalStateException("the task " + registered.type().name() + " is registered twice");
        }
    }

    /**
     * The task of a name.
     *
     * @param name the name stored with the entry
     * @return the task, if registered
     */
    public Optional<Registered> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    void requireRegistered(TaskType<?> type) {
        if (!byName.containsKey(type.name())) {
            throw new IllegalStateException("the task " + type.name() + " is not registered");
        }
    }
}
