using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PledgeBot.Tests.NativeChannels.Zalo;

/// <summary>A fake Zalo on loopback and the bot pointed at it: store in a fresh directory (embedded Garnet), flood
/// control off, fast retries, a staff key for the referral API.</summary>
public sealed class ZaloHostFixture : IAsyncLifetime
{
    public const string StaffKey = "staff-key-for-the-zalo-tests";

    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly List<string> _dataDirs = [];
    private readonly List<FakeZalo> _fakes = [];

    public FakeZalo Zalo { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public static string StaffKeyHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StaffKey)));

    public async Task InitializeAsync()
    {
        Zalo = await StartFakeAsync();
        Factory = CreateFactory(Zalo);
        _ = Factory.Server;
    }

    public async Task<FakeZalo> StartFakeAsync()
    {
        var fake = await FakeZalo.StartAsync();
        _fakes.Add(fake);
        return fake;
    }

    /// <summary>A bot host pointed at <paramref name="zalo"/> (null: the Zalo channel unconfigured).</summary>
    public WebApplicationFactory<Program> CreateFactory(FakeZalo? zalo, params (string Key, string Value)[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-zalo-").FullName;
        _dataDirs.Add(dataDir);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Store:DataDir", dataDir);
            host.UseSetting("FloodControl:MessagesPerWindow", "0");
            host.UseSetting("Staff:ApiKeys:0", StaffKeyHash);
            host.UseSetting("Campaign:PublicBaseUrl", "https://pledge.example");
            host.UseSetting("Channels:Zalo:OaId", ZaloWebhooks.OaId);
            if (zalo is not null)
            {
                host.UseSetting("Channels:Zalo:AppId", ZaloWebhooks.AppId);
                host.UseSetting("Channels:Zalo:SecretKey", ZaloWebhooks.SecretKey);
                host.UseSetting("Channels:Zalo:AppSecretKey", FakeZalo.AppSecretKey);
                host.UseSetting("Channels:Zalo:RefreshToken", FakeZalo.FirstRefreshToken);
                host.UseSetting("Channels:Zalo:ApiBaseUrl", zalo.BaseUrl.ToString());
                host.UseSetting("Channels:Zalo:OAuthBaseUrl", zalo.BaseUrl.ToString());
                host.UseSetting("Channels:Zalo:RetryBaseDelay", "00:00:00.010");
                host.UseSetting("Channels:Zalo:MessagesPerSecond", "1000");
            }

            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory;
    }

    public HttpClient StaffClient(WebApplicationFactory<Program>? factory = null)
    {
        var client = (factory ?? Factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StaffKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        foreach (var fake in _fakes)
        {
            await fake.DisposeAsync();
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
