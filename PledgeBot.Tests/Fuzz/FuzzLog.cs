using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Records what the host logs at Error or above, with the exception's type: an unhandled request exception
/// (the 500's cause) or a turn that failed in the background after its webhook was answered 200.</summary>
public sealed class FuzzLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>The errors logged since <paramref name="mark"/> (a count taken from <see cref="Errors"/> before).</summary>
    public IReadOnlyList<string> ErrorsSince(int mark) => [.. _errors.Skip(mark)];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _errors);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{category} [{eventId.Id}] {formatter(state, exception)} {exception?.GetType().Name}");
            }
        }
    }
}
