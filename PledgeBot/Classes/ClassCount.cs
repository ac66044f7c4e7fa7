namespace PledgeBot.Classes;

/// <summary>A count on the dashboard under its id and label (a province's id and name).</summary>
public sealed record ClassCount(string Id, string Label, long Count);
