namespace PledgeBot.Referrals;

/// <summary>One Viet Nam day of a code: new reach, first touches, and pledges and quizzes of its attributed users.</summary>
public sealed record ReferralDay(string Day, long Reach, long FirstTouches, long Pledges, long Quizzes);
