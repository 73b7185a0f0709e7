// SPDX-License-Identifier: GPL-2.0
/*
 * change_handle_bench: cost of DRM_IOCTL_GEM_CHANGE_HANDLE at restore scale,
 * on vgem.  For each N: create N GEM objects (dumb buffers), move every one
 * to a new handle number, close them all; time each phase with
 * CLOCK_MONOTONIC in one run and print ns per object, the ratio
 * change/create, and the growth of the change phase from the first N to
 * each later one (linear scaling means growth == N ratio).
 *
 * Usage: change_handle_bench [N]...   (default 10000 100000)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include <drm/drm.h>
#include <drm/drm_mode.h>

#include "vgem.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	static const unsigned int defaults[] = { 10000, 100000 };
	unsigned int nsizes = argc > 1 ? (unsigned int)argc - 1 : 2, s;
	double first_change = 0, first_n = 0;
	int fd = open_vgem();

	if (fd < 0) {
		printf("# SKIP no vgem device\n");
		return 4;
	}
	printf("%8s %14s %14s %14s %8s %8s\n", "N", "create ns/obj", "change ns/obj",
	       "close ns/obj", "ratio", "growth");
	for (s = 0; s < nsizes; s++) {
		unsigned int n = argc > 1 ? strtoul(argv[s + 1], NULL, 0) : defaults[s], i;
		uint32_t *h = calloc(n, sizeof(*h));
		double t0, t1, t2, t3;

		if (!h)
			return 1;
		t0 = now();
		for (i = 0; i < n; i++) {
			struct drm_mode_create_dumb c = { .width = 16, .height = 16, .bpp = 32 };

			if (ioctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &c)) {
				perror("CREATE_DUMB");
				return 1;
			}
			h[i] = c.handle;
		}
		t1 = now();
		for (i = 0; i < n; i++) {
			/* Above every handle the IDR handed out: always free. */
			struct drm_gem_change_handle ch = {
				.handle = h[i], .new_handle = h[i] + 4 * n,
			};

			if (ioctl(fd, DRM_IOCTL_GEM_CHANGE_HANDLE, &ch)) {
				printf("# GEM_CHANGE_HANDLE: %s\n", strerror(errno));
				return 1;
			}
			h[i] = ch.new_handle;
		}
		t2 = now();
		for (i = 0; i < n; i++) {
			struct drm_gem_close c = { .handle = h[i] };

			if (ioctl(fd, DRM_IOCTL_GEM_CLOSE, &c)) {
				perror("GEM_CLOSE");
				return 1;
			}
		}
		t3 = now();
		if (!s) {
			first_change = t2 - t1;
			first_n = n;
		}
		printf("%8u %14.0f %14.0f %14.0f %8.2f %8.2f  (N x%.0f)\n", n,
		       (t1 - t0) / n * 1e9, (t2 - t1) / n * 1e9, (t3 - t2) / n * 1e9,
		       (t2 - t1) / (t1 - t0), (t2 - t1) / first_change, n / first_n);
		free(h);
	}
	close(fd);
	return 0;
}
