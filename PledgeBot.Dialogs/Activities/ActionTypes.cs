namespace PledgeBot.Dialogs.Activities;

/// <summary>Card action type spellings (Bot Framework Activity schema).</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
}
