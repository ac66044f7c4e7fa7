namespace PledgeBot.Dialogs.Ports;

/// <summary>Why a young person who wanted a counsellor was given 111 instead.</summary>
public enum CounselFallback
{
    OutOfHours,
    Timeout,
}
