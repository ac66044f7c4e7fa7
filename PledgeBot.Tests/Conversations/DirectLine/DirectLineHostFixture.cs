using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Conversations.DirectLine;

/// <summary>The bot on a real Kestrel socket on loopback (browsers and WebSockets need one), with its store in a fresh
/// directory, flood control off, a Direct Line secret, a generous token rate limit, and its own address as the public one.</summary>
public sealed class DirectLineHostFixture : IAsyncLifetime
{
    public const string Secret = "test-direct-line-secret-0123456789";

    private readonly TestHostSet _hosts = new();

    public TestHost Factory { get; private set; } = null!;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => Factory.BaseAddress!;

    public HttpClient CreateClient() => Factory.Client();

    public Task InitializeAsync()
    {
        // A port chosen first, so invite links and pledge cards point at this host as Campaign:PublicBaseUrl says.
        var port = LoopbackPort.Free();
        Factory = _hosts.Add(TestHost.Create()
            .WithDirectLine(Secret)
            .With("Campaign:PublicBaseUrl", $"http://127.0.0.1:{port}")
            .OnLoopback(port)).Start();
        return Task.CompletedTask;
    }

    /// <summary>Another host (in-memory TestServer) with its own store directory, for settings the shared one must not have.</summary>
    public TestHost CreateFactory(params (string Key, string Value)[] settings) => _hosts.Add(TestHost.Create().With(settings));

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();
}
