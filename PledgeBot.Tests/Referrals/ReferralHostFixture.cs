using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Referrals;

/// <summary>One bot host for the referral HTTP tests: its store in a fresh directory, a known staff key, a public base
/// URL and a Telegram bot name (no Messenger page, so that link is absent).</summary>
public sealed class ReferralHostFixture : IAsyncLifetime
{
    public const string StaffKey = "staff-key-for-the-referral-tests";
    public const string BaseUrl = "https://pledge.example";

    private readonly TestHostSet _hosts = new();

    public TestHost Factory { get; private set; } = null!;

    public static string StaffKeyHash => KeyHash.Of(StaffKey);

    public Task InitializeAsync()
    {
        Factory = CreateFactory().Start();
        return Task.CompletedTask;
    }

    public TestHost CreateFactory(params (string Key, string Value)[] settings) => _hosts.Add(TestHost.Create()
        .WithStaffKey(StaffKey)
        .With("Campaign:PublicBaseUrl", BaseUrl)
        .With("Channels:TelegramBotName", "PledgeVN_bot")
        .With(settings));

    public HttpClient StaffClient() => Factory.Client(StaffKey);

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();
}
