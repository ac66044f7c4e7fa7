namespace PledgeBot.Conversations.DirectLine;

/// <summary>Why a presented token was refused, or none when it is valid.</summary>
public enum DirectLineTokenCheck
{
    Valid,
    Missing,
    Malformed,
    Expired,
}
