namespace PledgeBot.Dialogs.Content;

/// <summary>The two languages the bot speaks; Vietnamese is the campaign's default.</summary>
public enum Language
{
    Vietnamese,
    English,
}
