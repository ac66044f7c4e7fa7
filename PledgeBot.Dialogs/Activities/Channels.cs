namespace PledgeBot.Dialogs.Activities;

/// <summary>Channel ids whose behaviour differs somewhere in the protocol.</summary>
public static class Channels
{
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
