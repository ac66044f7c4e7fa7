using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;

namespace PledgeBot.Referrals;

/// <summary>A code's links, built from configuration: web always, Messenger and Telegram when their names are set.</summary>
public sealed class ReferralLinks(
    IOptions<CampaignOptions> campaign, IOptions<ChannelLinksOptions> channels, ReferralStatsSigner signer)
{
    private readonly string _base = campaign.Value.PublicBaseUrl.TrimEnd('/');

    public ReferralCodeLinks For(string code)
    {
        var escaped = Uri.EscapeDataString(code);
        var page = channels.Value.MessengerPageName;
        var bot = channels.Value.TelegramBotName;
        var oa = channels.Value.Zalo.OaId;
        var zalo = string.IsNullOrWhiteSpace(oa);
        return new ReferralCodeLinks(
            Web(code),
            string.IsNullOrWhiteSpace(page) ? null : $"https://m.me/{page}?ref={escaped}",
            string.IsNullOrWhiteSpace(bot) ? null : $"https://t.me/{bot}?start={escaped}",
            zalo ? null : $"https://zalo.me/{oa}",
            zalo ? null : $"MA {code}");
    }

    public string Web(string code) => $"{_base}/?ref={Uri.EscapeDataString(code)}";

    public string Qr(string code) => $"{_base}/admin/referral-codes/{Uri.EscapeDataString(code)}/qr.png";

    public string Stats(string code) => $"{_base}/r/{Uri.EscapeDataString(code)}?sig={signer.Sign(code)}";
}
