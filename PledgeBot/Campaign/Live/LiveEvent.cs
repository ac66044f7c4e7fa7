namespace PledgeBot.Campaign.Live;

/// <summary>A totals frame as written on the wire, with the total it carries: a stream never sends a smaller total
/// after a larger one (a frame read before the stream's own first read can arrive after it).</summary>
public readonly record struct LiveEvent(long Pledges, ReadOnlyMemory<byte> Frame);
