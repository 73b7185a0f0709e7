// SPDX-License-Identifier: GPL-2.0
/*
 * vgem smoke test for the workspace's VM runner: proves that the test
 * kernel boots, that /dev/dri is populated and that GEM handles, dumb
 * buffers, mmap and PRIME work on vgem.  Prints TAP.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <drm/drm.h>
#include <drm/drm_mode.h>

#include "vgem.h"

static int test_no;
static int failed;

static void result(int ok, const char *what)
{
	printf("%sok %d - %s\n", ok ? "" : "not ", ++test_no, what);
	if (!ok)
		failed++;
}

int main(void)
{
	struct drm_mode_create_dumb create = { .width = 64, .height = 64, .bpp = 32 };
	struct drm_prime_handle prime = { 0 };
	struct drm_mode_map_dumb map = { 0 };
	struct drm_gem_close gclose = { 0 };
	uint32_t *ptr;
	int fd, i, ok;

	printf("TAP version 13\n1..7\n");
	fd = open_vgem();
	if (fd < 0) {
		printf("Bail out! no vgem device under /dev/dri (errno %d)\n", errno);
		return 1;
	}
	result(1, "open vgem");

	result(!ioctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &create) && create.handle &&
	       create.size >= 64 * 64 * 4, "create dumb buffer");

	map.handle = create.handle;
	result(!ioctl(fd, DRM_IOCTL_MODE_MAP_DUMB, &map) && map.offset, "map dumb offset");

	ptr = mmap(NULL, create.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, map.offset);
	ok = ptr != MAP_FAILED;
	if (ok) {
		for (i = 0; i < 64 * 64; i++)
			ptr[i] = 0xc0de0000 | i;
		for (i = 0; i < 64 * 64; i++)
			ok &= ptr[i] == (0xc0de0000 | (uint32_t)i);
		munmap(ptr, create.size);
	}
	result(ok, "mmap, write and read back");

	prime.handle = create.handle;
	prime.flags = DRM_CLOEXEC | DRM_RDWR;
	result(!ioctl(fd, DRM_IOCTL_PRIME_HANDLE_TO_FD, &prime) && prime.fd >= 0,
	       "export to dma-buf");

	prime.handle = 0;
	result(!ioctl(fd, DRM_IOCTL_PRIME_FD_TO_HANDLE, &prime) &&
	       prime.handle == create.handle, "self-import returns the same handle");
	close(prime.fd);

	gclose.handle = create.handle;
	ok = !ioctl(fd, DRM_IOCTL_GEM_CLOSE, &gclose);
	ok &= ioctl(fd, DRM_IOCTL_GEM_CLOSE, &gclose) == -1 && errno == EINVAL;
	result(ok, "close the handle exactly once");

	close(fd);
	return failed ? 1 : 0;
}
