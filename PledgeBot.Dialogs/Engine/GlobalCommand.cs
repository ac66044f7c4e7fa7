namespace PledgeBot.Dialogs.Engine;

/// <summary>Words that work anywhere, before the active dialog sees the message.</summary>
public enum GlobalCommand
{
    None,
    Menu,
    Help,
    Cancel,
    English,
    Vietnamese,
    Talk,
    DeleteMyData,
}
