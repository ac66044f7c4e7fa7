using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PledgeBot.Tests.Fixtures;

/// <summary>The whole bot on WebApplicationFactory, wired by a <see cref="TestHostBuilder"/>: its settings, its fakes
/// and log providers, in memory or on a Kestrel socket on loopback. Disposing it stops the host and deletes the data
/// directory the builder made for it (not one a test passed in).</summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    private readonly TestHostPlan _plan;

    internal TestHost(TestHostPlan plan)
    {
        _plan = plan;
        if (plan.LoopbackPort is { } port)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        }
    }

    /// <summary>Where Kestrel listens once started on loopback, e.g. <c>http://127.0.0.1:41234/</c>; null in memory.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>The store directory of this host (Store:DataDir, unless a setting replaced it).</summary>
    public string DataDir => _plan.DataDir;

    /// <summary>A builder with the common wiring: a fresh data directory and flood control off.</summary>
    public static TestHostBuilder Create() => new();

    /// <summary>Starts the host now (on its socket when it has one), so a collection pays for it once.</summary>
    public TestHost Start()
    {
        StartServer();
        if (_plan.LoopbackPort is not null)
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        }

        return this;
    }

    /// <summary>A client for this host (its socket when it has one), with a bearer token when given one.</summary>
    public HttpClient Client(string? bearer = null) =>
        (BaseAddress is null ? CreateClient() : new HttpClient { BaseAddress = BaseAddress }).WithBearer(bearer);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _plan.OwnedDataDir?.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _plan.OwnedDataDir?.Dispose();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Store:DataDir", _plan.DataDir);
        foreach (var (key, value) in _plan.Settings)
        {
            builder.UseSetting(key, value);
        }

        if (_plan.Loggers.Count > 0)
        {
            builder.ConfigureLogging(logging =>
            {
                foreach (var logger in _plan.Loggers)
                {
                    logging.AddProvider(logger);
                }
            });
        }

        if (_plan.Services.Count > 0)
        {
            builder.ConfigureTestServices(services =>
            {
                foreach (var configure in _plan.Services)
                {
                    configure(services);
                }
            });
        }
    }
}
