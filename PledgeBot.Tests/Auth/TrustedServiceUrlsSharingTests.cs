using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Auth;
using PledgeBot.Store;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Auth;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TrustedServiceUrlsSharingTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly InMemoryExpiringValues _store = new();
    private readonly RedisKeys _keys = new("test:");

    private TrustedServiceUrls Instance() =>
        new(Options.Create(new BotFrameworkOptions { TrustedServiceUrlLifetime = TimeSpan.FromHours(1) }), _clock, _store, _keys);

    [Fact]
    public async Task Another_instance_trusts_a_serviceUrl_one_instance_validated()
    {
        var first = Instance();
        var second = Instance();

        await first.TrustAsync("https://smba.trafficmanager.net/amer", CancellationToken.None);

        Assert.False(second.IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.True(await second.IsTrustedAsync("https://smba.trafficmanager.net/amer/", CancellationToken.None));
        Assert.True(await second.IsTrustedAsync("https://SMBA.trafficmanager.net/amer", CancellationToken.None));
        Assert.False(await second.IsTrustedAsync("https://smba.trafficmanager.net/emea/", CancellationToken.None));
        var entry = Assert.Single(_store.Entries);
        Assert.Equal(TimeSpan.FromHours(1), entry.Value.Lifetime);
        Assert.DoesNotContain("trafficmanager", entry.Key, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Writes_the_store_once_per_tenth_of_the_lifetime_not_once_per_activity()
    {
        var instance = Instance();
        await instance.TrustAsync("https://europe.webchat.botframework.com/", CancellationToken.None);
        _store.Entries.Single().Deconstruct(out var key, out _);
        await _store.RemoveAsync(key, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(5));
        await instance.TrustAsync("https://europe.webchat.botframework.com/", CancellationToken.None);
        var afterFiveMinutes = _store.Entries.Count;
        _clock.Advance(TimeSpan.FromMinutes(2));
        await instance.TrustAsync("https://europe.webchat.botframework.com/", CancellationToken.None);

        Assert.Equal(0, afterFiveMinutes);
        Assert.Single(_store.Entries);
    }
}
