using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Referrals;

/// <summary>The campaign's public chat handles, for referral links; a channel left empty gets no link.</summary>
public sealed class ChannelLinksOptions
{
    public const string Section = "Channels";

    /// <summary>The Facebook page's user name, as in <c>https://m.me/{name}</c>.</summary>
    [RegularExpression(@"^[A-Za-z0-9.\-]{1,100}$", ErrorMessage = "Channels:MessengerPageName is a page user name (letters, digits, '.', '-').")]
    public string? MessengerPageName { get; set; }

    /// <summary>The Telegram bot's user name, as in <c>https://t.me/{name}</c>.</summary>
    [RegularExpression(@"^[A-Za-z0-9_]{5,32}$", ErrorMessage = "Channels:TelegramBotName is a bot user name (5–32 letters, digits, '_').")]
    public string? TelegramBotName { get; set; }

    /// <summary>The Zalo Official Account (<c>Channels:Zalo:OaId</c>, shared with the Zalo adapter), as in
    /// <c>https://zalo.me/{OaId}</c>.</summary>
    public ZaloAccountLink Zalo { get; set; } = new();
}
