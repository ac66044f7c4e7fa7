using PledgeBot.Dialogs.Content;

namespace PledgeBot.Campaign.Cards;

/// <summary>Content keys of the card's own words (Content/vi/card.json, Content/en/card.json).</summary>
internal static class CardText
{
    public static readonly TextKey Campaign = new("card.campaign");
    public static readonly TextKey Number = new("card.number");
    public static readonly TextKey Pledges = new("card.pledges");
    public static readonly TextKey Scan = new("card.scan");
    public static readonly TextKey Hashtags = new("card.hashtags");
}
