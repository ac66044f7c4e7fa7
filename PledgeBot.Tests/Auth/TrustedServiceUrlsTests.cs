using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Auth;

namespace PledgeBot.Tests.Auth;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TrustedServiceUrlsTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly TrustedServiceUrls _trusted;

    public TrustedServiceUrlsTests() =>
        _trusted = new TrustedServiceUrls(Options.Create(new BotFrameworkOptions { TrustedServiceUrlLifetime = TimeSpan.FromHours(1) }), _clock);

    [Fact]
    public void Trusts_a_validated_serviceUrl_with_or_without_its_trailing_slash()
    {
        _trusted.Trust("https://smba.trafficmanager.net/amer");

        Assert.True(_trusted.IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.True(_trusted.IsTrusted("https://SMBA.trafficmanager.net/amer"));
        Assert.False(_trusted.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void Forgets_a_serviceUrl_no_validated_activity_came_from_for_the_lifetime()
    {
        _trusted.Trust("https://europe.webchat.botframework.com/");
        _clock.Advance(TimeSpan.FromMinutes(59));
        _trusted.Trust("https://europe.webchat.botframework.com/");
        _clock.Advance(TimeSpan.FromMinutes(59));
        var stillTrusted = _trusted.IsTrusted("https://europe.webchat.botframework.com/");

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(stillTrusted);
        Assert.False(_trusted.IsTrusted("https://europe.webchat.botframework.com/"));
    }
}
