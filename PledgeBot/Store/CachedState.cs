namespace PledgeBot.Store;

/// <summary>A conversation's state JSON as this instance last wrote it, and the version that write produced.</summary>
public sealed record CachedState(string Json, long Version);
