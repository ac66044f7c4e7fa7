using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;
using PledgeBot.Referrals;

namespace PledgeBot.Tests.Referrals;

[Trait(TestCategory.Name, TestCategory.Unit)]
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
        var signer = new ReferralStatsSigner(new byte[32]);
        return new ReferralLinks(Options.Create(new CampaignOptions { PublicBaseUrl = "https://example.test" }), Options.Create(channels), signer);
    }
}
