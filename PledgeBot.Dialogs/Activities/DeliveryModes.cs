namespace PledgeBot.Dialogs.Activities;

/// <summary>Delivery mode spellings (PROTOCOL.md 1.2).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
