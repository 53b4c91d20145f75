package cn.houqin.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random draws with realistic shapes: Chinese names by surname frequency, skewed
 * (Zipf) popularity, dates over the past year weighted to working days.
 */
final class Draw {

	/** The common surnames, most frequent first (about 85% of the population). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅玉兰志强小红海燕文辉晓东春梅丹凤宇浩子涵欣怡梓轩雨桐思远佳怡俊杰晨阳嘉欣一鸣";

	private final Random random;

	private final double[] surnameWeights;

	private final LocalDate today;

	Draw(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
		this.surnameWeights = cumulative(zipfWeights(SURNAMES.length(), 0.9));
	}

	Random random() {
		return this.random;
	}

	String name() {
		StringBuilder name = new StringBuilder();
		name.append(SURNAMES.charAt(pick(this.surnameWeights)));
		int chars = this.random.nextInt(10) < 3 ? 1 : 2;
		for (int i = 0; i < chars; i++) {
			name.append(GIVEN.charAt(this.random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> T oneOf(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A day within the past year; weekends are five times rarer than working days. */
	LocalDate dayInPastYear() {
		while (true) {
			LocalDate day = this.today.minusDays(this.random.nextInt(365));
			boolean weekend = day.getDayOfWeek().getValue() >= 6;
			if (!weekend || this.random.nextInt(5) == 0) {
				return day;
			}
		}
	}

	LocalDate today() {
		return this.today;
	}

	/** Index drawn from cumulative weights. */
	int pick(double[] cumulative) {
		double x = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int i = Arrays.binarySearch(cumulative, x);
		return i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1);
	}

	static double[] zipfWeights(int n, double exponent) {
		double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			weights[i] = 1.0 / Math.pow(i + 1, exponent);
		}
		return weights;
	}

	static double[] cumulative(double[] weights) {
		double[] out = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			out[i] = sum;
		}
		return out;
	}

}
