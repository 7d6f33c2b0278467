using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.Forecasting;
using CnappAi.Modules.Briefings.GenerateBriefing;

namespace CnappAi.Tests.Briefings.Forecasting;

public class HoltForecastTests
{
    [Fact]
    public void Smooth_PerfectLine_HasNoResidualAndExtendsTheLine()
    {
        var fit = HoltForecast.Smooth([10, 12, 14, 16], alpha: 0.5, beta: 0.5);

        fit.Level.ShouldBe(16, 1e-9);
        fit.Trend.ShouldBe(2, 1e-9);
        fit.ResidualSd.ShouldBe(0, 1e-9);
        HoltForecast.Predict(fit, 3, 1.96).ShouldBe((22, 22, 22));
    }

    [Fact]
    public void Smooth_NoisySeries_MatchesTheHandComputedRecursion()
    {
        // l0 = 10, b0 = 2
        // t1: predicted 12, error 0,     l = 12,     b = 2
        // t2: predicted 14, error -1,    l = 13.5,   b = 0.5*1.5 + 0.5*2 = 1.75
        // t3: predicted 15.25, error 1.75, l = 16.125, b = 0.5*2.625 + 0.5*1.75 = 2.1875
        // sigma = sqrt((0 + 1 + 3.0625) / 3)
        var fit = HoltForecast.Smooth([10, 12, 13, 17], alpha: 0.5, beta: 0.5);

        fit.Level.ShouldBe(16.125, 1e-9);
        fit.Trend.ShouldBe(2.1875, 1e-9);
        fit.Errors.ShouldBe(3);
        fit.ResidualSd.ShouldBe(Math.Sqrt(4.0625 / 3), 1e-9);
        var (value, lower, upper) = HoltForecast.Predict(fit, 2, 1.96);
        value.ShouldBe(20.5, 1e-9);
        lower.ShouldBe(20.5 - (1.96 * Math.Sqrt(4.0625 / 3) * Math.Sqrt(2)), 1e-9);
        upper.ShouldBe(20.5 + (1.96 * Math.Sqrt(4.0625 / 3) * Math.Sqrt(2)), 1e-9);
    }

    [Fact]
    public void Predict_FallingSeries_NeverGoesBelowZero()
    {
        var fit = HoltForecast.Smooth([9, 6, 3], alpha: 0.5, beta: 0.5);

        HoltForecast.Predict(fit, 10, 1.96).ShouldBe((0, 0, 0));
    }

    [Fact]
    public void Forecast_WeeklyPointsFromDailyHistory_UseSevenDayStepsWithTheConfiguredSmoothing()
    {
        var asOf = new DateOnly(2026, 8, 20);
        var history = Enumerable.Range(0, 8).Select(i => new HistoryPoint(asOf.AddDays(i - 7), 50 + i, 20 + i)).ToList();

        var forecast = ContentBuilder.Forecast(history, asOf);

        // A perfect line (slope 1 a day): the smoothing keeps level 27 and trend 1, so week w is 27 + 7w.
        forecast.Points.Select(p => p.Value).ShouldBe([34, 41, 48, 55]);
        forecast.Points.Select(p => p.Day).ShouldBe([asOf.AddDays(7), asOf.AddDays(14), asOf.AddDays(21), asOf.AddDays(28)]);
        forecast.ResidualSd.ShouldBe(0);
        forecast.Alpha.ShouldBe(ContentBuilder.Alpha);
        forecast.Observations.ShouldBe(8);
    }

    [Fact]
    public void Forecast_TooLittleHistory_SaysSoInsteadOfGuessing()
    {
        var forecast = ContentBuilder.Forecast([new HistoryPoint(new DateOnly(2026, 8, 20), 5, 2)], new DateOnly(2026, 8, 20));

        forecast.Points.ShouldBeEmpty();
        forecast.Note.ShouldNotBeNull().ShouldContain("Not enough history");
    }
}
