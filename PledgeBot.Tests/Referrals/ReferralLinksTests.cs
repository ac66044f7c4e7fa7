using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Links;
using PledgeBot.Referrals;
using PledgeBot.Store;

namespace PledgeBot.Tests.Referrals;

public sealed class ReferralLinksTests
{
    [Fact]
    public void A_configured_Zalo_OA_gets_its_link_and_the_message_that_carries_the_code()
    {
        var links = Links(new ChannelLinksOptions { Zalo = new ZaloAccountLink { OaId = "1234567890" } }).For("KOL_AN");

        Assert.Equal("https://zalo.me/1234567890", links.Zalo);
        Assert.Equal("MA KOL_AN", links.ZaloMessage);
        Assert.Null(links.Telegram);
    }

    [Fact]
    public void Without_an_OA_there_is_no_Zalo_link() =>
        Assert.Null(Links(new ChannelLinksOptions()).For("KOL_AN").Zalo);

    private static ReferralLinks Links(ChannelLinksOptions channels)
    {
        var key = Convert.ToBase64String(new byte[32]);
        var signer = new ReferralStatsSigner(
            Options.Create(new ReferralsOptions { StatsSigningKey = key }), Options.Create(new StoreOptions()), NullLogger<ReferralStatsSigner>.Instance);
        return new ReferralLinks(Options.Create(new CampaignOptions { PublicBaseUrl = "https://example.test" }), Options.Create(channels), signer);
    }
}
