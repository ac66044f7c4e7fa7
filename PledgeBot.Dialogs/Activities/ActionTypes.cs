namespace PledgeBot.Dialogs.Activities;

/// <summary>Card action type spellings (PROTOCOL.md 1.4).</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
}
