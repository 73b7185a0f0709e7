// SPDX-License-Identifier: GPL-2.0
/*
 * gem_restore: checkpoint and restore of GEM handles on vgem, the flow the
 * CRIU amdgpu plugin uses on a render node, reduced to what vgem offers:
 *
 *   checkpoint: create buffers with known contents (one of them exported as
 *               a dma-buf), record handle, size and contents of each;
 *   restore:    open a fresh fd, recreate each buffer (re-import the
 *               exported one), move it to its recorded handle with
 *               DRM_IOCTL_GEM_CHANGE_HANDLE, restore its contents;
 *   verify:     every recorded handle names a buffer of the recorded size
 *               with the recorded contents, and the dma-buf maps back to
 *               its recorded handle.
 *
 * Exit status 0 when the restore is exact, 1 when it is not, 2 when the
 * kernel cannot restore handles (CHANGE_HANDLE disabled, as in 7.3).
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

#define NBUF 6

struct saved {
	uint32_t handle;
	uint64_t size;
	uint32_t seed;
	int exported;
};

static void *map(int fd, uint32_t handle, uint64_t size)
{
	struct drm_mode_map_dumb m = { .handle = handle };
	void *p;

	if (ioctl(fd, DRM_IOCTL_MODE_MAP_DUMB, &m)) {
		perror("MAP_DUMB");
		exit(1);
	}
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, m.offset);
	if (p == MAP_FAILED) {
		perror("mmap");
		exit(1);
	}
	return p;
}

static void fill(int fd, uint32_t handle, uint64_t size, uint32_t seed)
{
	uint32_t *p = map(fd, handle, size);
	uint64_t i;

	for (i = 0; i < size / 4; i++)
		p[i] = seed * 2654435761u + (uint32_t)i;
	munmap(p, size);
}

static int same(int fd, uint32_t handle, uint64_t size, uint32_t seed)
{
	uint32_t *p = map(fd, handle, size);
	uint64_t i;
	int ok = 1;

	for (i = 0; i < size / 4; i++)
		ok &= p[i] == seed * 2654435761u + (uint32_t)i;
	munmap(p, size);
	return ok;
}

static uint32_t create(int fd, uint32_t height, uint64_t *size)
{
	struct drm_mode_create_dumb c = { .width = 256, .height = height, .bpp = 32 };

	if (ioctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &c)) {
		perror("CREATE_DUMB");
		exit(1);
	}
	*size = c.size;
	return c.handle;
}

static void gem_close(int fd, uint32_t handle)
{
	struct drm_gem_close c = { .handle = handle };

	ioctl(fd, DRM_IOCTL_GEM_CLOSE, &c);
}

int main(void)
{
	struct drm_prime_handle prime = { .flags = DRM_CLOEXEC | DRM_RDWR };
	struct saved s[NBUF];
	int src, dst, i, dmabuf = -1, bad = 0;
	uint32_t scratch[NBUF];
	uint64_t size;

	/* Checkpoint: a process with buffers at scattered handle numbers. */
	src = open_vgem();
	if (src < 0) {
		fprintf(stderr, "no vgem device\n");
		return 1;
	}
	for (i = 0; i < NBUF; i++) {
		scratch[i] = create(src, 16, &size);
		s[i].handle = create(src, 16 * (i + 1), &s[i].size);
		s[i].seed = 0x1000 + i;
		s[i].exported = i == 2;
		fill(src, s[i].handle, s[i].size, s[i].seed);
	}
	for (i = 0; i < NBUF; i++)
		gem_close(src, scratch[i]);
	prime.handle = s[2].handle;
	if (ioctl(src, DRM_IOCTL_PRIME_HANDLE_TO_FD, &prime)) {
		perror("PRIME_HANDLE_TO_FD");
		return 1;
	}
	dmabuf = prime.fd;
	printf("checkpoint: %d buffers, handles", NBUF);
	for (i = 0; i < NBUF; i++)
		printf(" %u%s", s[i].handle, s[i].exported ? "(exported)" : "");
	printf("\n");

	/* Restore into a fresh file: recreate, then move to the old handle. */
	dst = open_vgem();
	if (dst < 0)
		return 1;
	for (i = 0; i < NBUF; i++) {
		struct drm_gem_change_handle ch = { 0 };
		uint32_t h;

		if (s[i].exported) {
			prime.fd = dmabuf;
			prime.handle = 0;
			if (ioctl(dst, DRM_IOCTL_PRIME_FD_TO_HANDLE, &prime)) {
				perror("PRIME_FD_TO_HANDLE");
				return 1;
			}
			h = prime.handle;
		} else {
			h = create(dst, 16 * (i + 1), &size);
		}
		ch.handle = h;
		ch.new_handle = s[i].handle;
		if (h != s[i].handle && ioctl(dst, DRM_IOCTL_GEM_CHANGE_HANDLE, &ch)) {
			printf("restore: GEM_CHANGE_HANDLE %u -> %u failed: %s\n",
			       h, s[i].handle, strerror(errno));
			printf("restore: impossible on this kernel (the ioctl is disabled in 7.3)\n");
			return 2;
		}
		if (!s[i].exported)
			fill(dst, s[i].handle, s[i].size, s[i].seed);
		printf("restore: buffer %d created as %u, now at handle %u\n", i, h, s[i].handle);
	}

	/* Verify. */
	for (i = 0; i < NBUF; i++) {
		int ok = same(dst, s[i].handle, s[i].size, s[i].seed);

		printf("verify: handle %u size %llu contents %s\n", s[i].handle,
		       (unsigned long long)s[i].size, ok ? "match" : "DIFFER");
		bad += !ok;
	}
	prime.fd = dmabuf;
	prime.handle = 0;
	if (ioctl(dst, DRM_IOCTL_PRIME_FD_TO_HANDLE, &prime) || prime.handle != s[2].handle) {
		printf("verify: the dma-buf maps to handle %u, not %u\n", prime.handle, s[2].handle);
		bad++;
	} else {
		printf("verify: the dma-buf maps back to handle %u\n", prime.handle);
	}
	close(dmabuf);
	close(dst);
	close(src);
	printf("%s\n", bad ? "restore: FAILED" : "restore: exact");
	return bad ? 1 : 0;
}
