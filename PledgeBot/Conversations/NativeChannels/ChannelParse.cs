namespace PledgeBot.Conversations.NativeChannels;

/// <summary>A webhook body read as the platform's update, or, when it is not one, the problem's detail for the 400.</summary>
public sealed record ChannelParse<TUpdate>(TUpdate? Update, string? Problem = null)
    where TUpdate : class;
