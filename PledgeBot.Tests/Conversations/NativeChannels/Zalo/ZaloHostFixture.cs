using Microsoft.AspNetCore.Mvc.Testing;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

/// <summary>A fake Zalo on loopback and the bot pointed at it: store in a fresh directory (embedded Garnet), flood
/// control off, fast retries, a staff key for the referral API.</summary>
public sealed class ZaloHostFixture : IAsyncLifetime
{
    public const string StaffKey = "staff-key-for-the-zalo-tests";

    private readonly TestHostSet _hosts = new();

    public FakeZalo Zalo { get; private set; } = null!;

    public TestHost Factory { get; private set; } = null!;

    public static string StaffKeyHash => KeyHash.Of(StaffKey);

    public async Task InitializeAsync()
    {
        Zalo = await StartFakeAsync();
        Factory = CreateFactory(Zalo).Start();
    }

    public async Task<FakeZalo> StartFakeAsync() => _hosts.Add(await FakeZalo.StartAsync());

    /// <summary>A bot host pointed at <paramref name="zalo"/> (null: the Zalo channel unconfigured).</summary>
    public TestHost CreateFactory(FakeZalo? zalo, params (string Key, string Value)[] settings)
    {
        var host = TestHost.Create()
            .WithStaffKey(StaffKey)
            .With("Campaign:PublicBaseUrl", "https://pledge.example")
            .With("Channels:Zalo:OaId", ZaloWebhooks.OaId);
        return _hosts.Add((zalo is null ? host : host.WithZalo(zalo)).With(settings));
    }

    public HttpClient StaffClient(WebApplicationFactory<Program>? factory = null) =>
        (factory ?? Factory).CreateClient().WithBearer(StaffKey);

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();
}
