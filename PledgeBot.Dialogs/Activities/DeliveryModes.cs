namespace PledgeBot.Dialogs.Activities;

/// <summary>Delivery mode spellings (Bot Framework Activity schema).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
