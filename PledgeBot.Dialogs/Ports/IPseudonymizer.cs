namespace PledgeBot.Dialogs.Ports;

/// <summary>Turns raw channel ids into keyed hashes before anything is stored or logged (Decree 13/2023).</summary>
public interface IPseudonymizer
{
    UserHash HashUser(string channelId, string userId);

    StateKey ConversationKey(string channelId, string conversationId);
}
