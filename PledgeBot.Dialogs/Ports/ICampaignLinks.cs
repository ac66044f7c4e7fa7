namespace PledgeBot.Dialogs.Ports;

/// <summary>Public links the bot hands out: a referral code's web link and a pledge card's image.</summary>
public interface ICampaignLinks
{
    /// <summary>The web link that brings a friend in with <paramref name="code"/>.</summary>
    string InviteUrl(string code);

    /// <summary>A URL of the PNG card for this pledge, signed so nobody can mint cards with other numbers.</summary>
    string PledgeCardUrl(PledgeCard card);
}
