namespace PledgeBot.Dialogs.Ports;

/// <summary>Where a conversation is in the counsellor queue; <see cref="Position"/> counts from 1 while waiting.</summary>
public sealed record CounselSeat(CounselStatus Status, int Position)
{
    public static CounselSeat None { get; } = new(CounselStatus.None, 0);
}
