using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PledgeBot.Tests.DirectLine;

/// <summary>The bot on a real Kestrel socket on loopback (browsers and WebSockets need one), with its store in a fresh
/// directory, flood control off, a Direct Line secret, a generous token rate limit, and its own address as the public one.</summary>
public sealed class DirectLineHostFixture : IAsyncLifetime
{
    public const string Secret = "test-direct-line-secret-0123456789";

    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public Task InitializeAsync()
    {
        // A port chosen first, so invite links and pledge cards point at this host as Campaign:PublicBaseUrl says.
        var port = Fixtures.LoopbackPort.Free();
        var factory = CreateFactory(
            ("DirectLine:Secret", Secret), ("DirectLine:TokensPerMinute", "10000"), ("Campaign:PublicBaseUrl", $"http://127.0.0.1:{port}"));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        Factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return Task.CompletedTask;
    }

    /// <summary>Another host (in-memory TestServer) with its own store directory, for settings the shared one must not have.</summary>
    public WebApplicationFactory<Program> CreateFactory(params (string Key, string Value)[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-directline-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory;
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        foreach (var dataDir in _dataDirs)
        {
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
                // A store that has not quite let go of its files; the OS cleans temp eventually.
            }
        }
    }
}
