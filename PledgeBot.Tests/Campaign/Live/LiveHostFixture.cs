using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Campaign.Live;

/// <summary>The bot on a real Kestrel socket on loopback (the browser and EventSource need one), with its store in a
/// fresh directory, flood control off, the referral tests' staff key and public base URL.</summary>
public sealed class LiveHostFixture : IAsyncLifetime
{
    private readonly TestHostSet _hosts = new();
    private readonly Lazy<Task> _seeded;

    public LiveHostFixture() => _seeded = new(() => LiveTestData.SeedAsync(this));

    public TestHost Factory { get; private set; } = null!;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => Factory.BaseAddress!;

    public HttpClient CreateClient() => Factory.Client();

    public HttpClient StaffClient() => Factory.Client(ReferralHostFixture.StaffKey);

    /// <summary>Seeds a month of counts into the shared host, once for the collection (see <see cref="LiveTestData"/>).</summary>
    public Task SeedOnceAsync() => _seeded.Value;

    public Task InitializeAsync()
    {
        Factory = _hosts.Add(Builder().OnLoopback()).Start();
        return Task.CompletedTask;
    }

    /// <summary>Another host (in-memory TestServer) with its own store directory, for settings the shared one must not have.</summary>
    public TestHost CreateFactory(params (string Key, string Value)[] settings) => _hosts.Add(Builder().With(settings));

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();

    private static TestHostBuilder Builder() => TestHost.Create()
        .WithStaffKey(ReferralHostFixture.StaffKey)
        .With("Campaign:PublicBaseUrl", ReferralHostFixture.BaseUrl);
}
