using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PledgeBot.Tests.Fixtures;

/// <summary>Keeps the exception the host logs when it fails to start. The exception <c>factory.Server</c> throws can be
/// a later one from the teardown of the half-started host (an <see cref="ObjectDisposedException"/> now and then on a
/// busy machine); the logged one is the reason.</summary>
internal sealed class HostStartFailure : ILoggerProvider
{
    /// <summary>The reason a host gave for not starting when <paramref name="start"/> threw; null when it started.</summary>
    public Exception? Reason(Action start)
    {
        var thrown = Record.Exception(start);
        return thrown is null ? null : First ?? thrown;
    }

    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private readonly ConcurrentQueue<Exception> _failures = new();

    public Exception? First => _failures.TryPeek(out var failure) ? failure : null;

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName == HostCategory);

    public void Dispose()
    {
    }

    private sealed class Recorder(HostStartFailure owner, bool host) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => host && logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null)
            {
                owner._failures.Enqueue(exception);
            }
        }
    }
}
