using StackExchange.Redis;

namespace PledgeBot.Tests.Fixtures;

/// <summary>A Redis-compatible server started for a test collection.</summary>
public interface IStoreServer
{
    /// <summary>The StackExchange.Redis endpoint, e.g. <c>127.0.0.1:40123</c>; also usable as ConnectionStrings:Redis.</summary>
    string Endpoint { get; }

    /// <summary>A shared connection; tests must not dispose it.</summary>
    IConnectionMultiplexer Multiplexer { get; }

    /// <summary>Another connection, as a second bot instance would have; the caller disposes it.</summary>
    Task<IConnectionMultiplexer> ConnectAsync();
}
