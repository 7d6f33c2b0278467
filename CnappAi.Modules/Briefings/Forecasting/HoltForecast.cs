namespace CnappAi.Modules.Briefings.Forecasting;

/// <summary>
/// Holt's linear trend (double exponential smoothing): level ℓ(t) = α·y(t) + (1−α)(ℓ(t−1) + b(t−1)) and trend
/// b(t) = β(ℓ(t) − ℓ(t−1)) + (1−β)·b(t−1), started at ℓ(0) = y(0), b(0) = y(1) − y(0). The h-step forecast is ℓ + h·b.
/// Uncertainty: σ is the root mean square of the one-step-ahead errors y(t) − (ℓ(t−1) + b(t−1)) over t ≥ 1, and the
/// approximate interval is forecast ± z·σ·√h, floored at zero since counts cannot be negative.
/// </summary>
internal static class HoltForecast
{
    public sealed record Fit(double Level, double Trend, double ResidualSd, int Errors);

    public static Fit Smooth(IReadOnlyList<double> y, double alpha, double beta)
    {
        if (y.Count < 2)
        {
            throw new ArgumentException("Holt's method needs at least two observations.", nameof(y));
        }

        var level = y[0];
        var trend = y[1] - y[0];
        var squared = 0.0;
        for (var t = 1; t < y.Count; t++)
        {
            var predicted = level + trend;
            var error = y[t] - predicted;
            squared += error * error;
            var previousLevel = level;
            level = (alpha * y[t]) + ((1 - alpha) * predicted);
            trend = (beta * (level - previousLevel)) + ((1 - beta) * trend);
        }

        return new Fit(level, trend, Math.Sqrt(squared / (y.Count - 1)), y.Count - 1);
    }

    public static (double Value, double Lower, double Upper) Predict(Fit fit, int steps, double z)
    {
        var value = fit.Level + (steps * fit.Trend);
        var half = z * fit.ResidualSd * Math.Sqrt(steps);
        return (Math.Max(0, value), Math.Max(0, value - half), Math.Max(0, value + half));
    }
}
