using System.Reflection;
using System.Runtime.ExceptionServices;
using StackExchange.Redis;

namespace PledgeBot.Store;

/// <summary>Stands in front of the multiplexer, its databases and its subscriber, and counts each command sent
/// (<see cref="StoreRoundTrips"/>) before passing the call on unchanged. StackExchange.Redis has no command hook
/// besides its profiler, which the OpenTelemetry Redis instrumentation owns; a dispatch proxy keeps both.</summary>
/// <remarks>Not sealed: <see cref="DispatchProxy"/> derives from it.</remarks>
#pragma warning disable CA1852
public class CountingStoreProxy<T> : DispatchProxy
#pragma warning restore CA1852
    where T : class
{
    private T _inner = null!;

    public static T Wrap(T inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var proxy = Create<T, CountingStoreProxy<T>>();
        ((CountingStoreProxy<T>)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        object? result;
        try
        {
            result = targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }

        switch (result)
        {
            // A command: every async call on a database or subscriber is one request and its answer.
            case Task:
                StoreRoundTrips.Add();
                return result;
            case IBatch batch when result is not ITransaction:
                // Commands queued on a batch leave together when it executes: one round trip, counted here.
                StoreRoundTrips.Add();
                return batch;
            case ITransaction transaction:
                StoreRoundTrips.Add();
                return transaction;
            case IDatabase database when typeof(T) == typeof(IConnectionMultiplexer):
                return CountingStoreProxy<IDatabase>.Wrap(database);
            case ISubscriber subscriber when typeof(T) == typeof(IConnectionMultiplexer):
                return CountingStoreProxy<ISubscriber>.Wrap(subscriber);
            default:
                return result;
        }
    }
}
