namespace PledgeBot.Dialogs.Activities;

/// <summary>Activity type spellings as the Bot Framework emits them (Activity schema).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string InvokeResponse = "invokeResponse";
}
