using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Live;

/// <summary>The bot on a real Kestrel socket on loopback (the browser and EventSource need one), with its store in a
/// fresh directory, flood control off, the referral tests' staff key and public base URL.</summary>
public sealed class LiveHostFixture : IAsyncLifetime
{
    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];
    private readonly Lazy<Task> _seeded;

    public LiveHostFixture() => _seeded = new(() => LiveTestData.SeedAsync(this));

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public HttpClient StaffClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ReferralHostFixture.StaffKey);
        return client;
    }

    /// <summary>Seeds a month of counts into the shared host, once for the collection (see <see cref="LiveTestData"/>).</summary>
    public Task SeedOnceAsync() => _seeded.Value;

    public Task InitializeAsync()
    {
        var factory = CreateFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        Factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return Task.CompletedTask;
    }

    /// <summary>Another host (in-memory TestServer) with its own store directory, for settings the shared one must not have.</summary>
    public WebApplicationFactory<Program> CreateFactory(params (string Key, string Value)[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-live-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            host.UseSetting("Staff:ApiKeys:0", ReferralHostFixture.StaffKeyHash);
            host.UseSetting("Campaign:PublicBaseUrl", ReferralHostFixture.BaseUrl);
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
